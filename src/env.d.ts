declare namespace App {
  interface Locals {
    /** Counts term tooltips on the page being rendered, for unique ids. */
    termTips?: number;
  }
}
