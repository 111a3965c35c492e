declare namespace App {
  interface Locals {
    /** Counts term tooltips on the page being rendered, for unique ids. */
    termTips?: number;
  }
}

// For svelte-check, which does not understand .astro files: astro check resolves the real
// components and their props.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
