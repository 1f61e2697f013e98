// `npm run bench`: performance figures for the built site (DESIGN.md §5). Skeleton: filled by later issues.
console.log('bench: no measurements defined yet');
