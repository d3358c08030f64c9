// Front matter checked while typing, for editors with the remark extension (unifiedjs.vscode-remark)
// and for `npx remark content --quiet`. The schemas come from src/schema/ (`npm run docs`).
// In your own project, point at node_modules/bundel/schemas/ instead.
import remarkFrontmatter from 'remark-frontmatter'
import remarkLintFrontmatterSchema from 'remark-lint-frontmatter-schema'

export default {
  plugins: [
    remarkFrontmatter,
    [
      remarkLintFrontmatterSchema,
      {
        schemas: {
          './schemas/vergadering.schema.json': ['content/*/vergadering.md'],
          './schemas/agendapunt.schema.json': ['content/*/*/agendapunt.md'],
          './schemas/memo.schema.json': ['content/*/*/memo.md'],
          './schemas/bijlage.schema.json': ['content/*/*/bijlagen/*.md'],
          './schemas/site.schema.json': ['content/site.md']
        }
      }
    ]
  ]
}
