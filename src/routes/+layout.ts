// Every route is prerendered: the explorer is a static site (DESIGN.md §4).
export const prerender = true;
export const trailingSlash = 'never';
