// Lesson tables on a phone: every data cell gets the text of its column header as data-label,
// so CSS can show each row as a small card ("Trede: 1 Leverancier") instead of squeezing or
// scrolling three columns into 320px. Explicit ARIA roles keep the table semantics when CSS
// changes the display of table elements. A Sätteri hast plugin (Astro 7's Markdown processor):
// build time only, no JavaScript reaches the page.

/** @param {any} node @returns {string} */
const text = (node) => (node.type === 'text' ? node.value : (node.children ?? []).map(text).join(''));
/** @param {any} node @param {string} tag @returns {any[]} */
const children = (node, tag) => (node.children ?? []).filter((/** @type {any} */ c) => c.type === 'element' && c.tagName === tag);
/** @param {any} node @param {Record<string, unknown>} properties */
const withProps = (node, properties) => ({ ...node, properties: { ...node.properties, ...properties } });

/** Returns the table with roles on every part and data-label on every data cell. @param {any} table */
export function labelTable(table) {
  const headRow = children(table, 'thead').flatMap((thead) => children(thead, 'tr'))[0];
  const labels = headRow ? children(headRow, 'th').map((th) => text(th).trim()) : [];
  /** @param {any} row */
  const mapRow = (row) => {
    let column = 0;
    return withProps(
      {
        ...row,
        children: row.children.map((/** @type {any} */ cell) => {
          if (cell.type !== 'element') return cell;
          if (cell.tagName === 'th') return (column++, withProps(cell, { role: 'columnheader' }));
          if (cell.tagName !== 'td') return cell;
          const label = labels[column++];
          return withProps(cell, { role: 'cell', ...(label ? { dataLabel: label } : {}) });
        }),
      },
      { role: 'row' },
    );
  };
  return withProps(
    {
      ...table,
      children: table.children.map((/** @type {any} */ part) =>
        part.type === 'element' && (part.tagName === 'thead' || part.tagName === 'tbody')
          ? withProps({ ...part, children: part.children.map((/** @type {any} */ r) => (r.type === 'element' && r.tagName === 'tr' ? mapRow(r) : r)) }, { role: 'rowgroup' })
          : part,
      ),
    },
    { className: ['responsive-table'], role: 'table' },
  );
}

export const responsiveTables = {
  name: 'responsive-tables',
  element: { filter: ['table'], visit: (/** @type {any} */ node) => labelTable(node) },
};
