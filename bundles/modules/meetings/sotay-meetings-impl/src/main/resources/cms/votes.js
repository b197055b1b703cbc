// Votes' screens (part of the meetings module's CMS screens).
export const routes = {};
