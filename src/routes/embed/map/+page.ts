import { withBasemap } from '$lib/charts/map/withBasemap';

export const load = ({ data }) => withBasemap(data);
