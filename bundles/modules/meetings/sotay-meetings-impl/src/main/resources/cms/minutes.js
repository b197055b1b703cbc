// Minutes, rating and the committee's overview (part of the meetings module's CMS screens).
export const routes = {};
