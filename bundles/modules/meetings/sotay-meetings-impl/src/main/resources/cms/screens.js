// CMS screens of the meetings module (header Sotay-Cms-Screens in bnd.bnd), served by the CMS from
// this bundle while it is active. Contract: vn.sotay.spi.cms.CmsScreens and docs/cms.md (no innerHTML,
// elements through ctx.h, Vietnamese first). One file per part of the module, each exporting its routes.

import { routes as desk } from './desk.js';
import { routes as votes } from './votes.js';
import { routes as minutes } from './minutes.js';

export const routes = { ...desk, ...votes, ...minutes };
