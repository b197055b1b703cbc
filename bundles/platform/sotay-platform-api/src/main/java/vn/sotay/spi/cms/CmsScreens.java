package vn.sotay.spi.cms;

/**
 * How a module brings its own screens to the CMS ({@code /cms/}, feature {@code sotay-cms}).
 *
 * <p>The CMS is an <em>extender</em> in the style of Sling's bundle resources: it knows no module.
 * A module bundle declares the manifest header {@value #HEADER}; while that bundle is active the
 * CMS serves the named folder of the bundle's jar under {@code /cms/m/<screens id>/}, and when the
 * bundle stops or is uninstalled (feature uninstalled) the files are gone at once: no restart of
 * the CMS or the core, no registration code in the module. This class only documents the contract
 * and names its constants; a module does not need to import it.
 *
 * <h2>1. The header</h2>
 * <pre>
 * Sotay-Cms-Screens: news;folder=/cms
 * </pre>
 * One or more comma-separated clauses {@code <screens id>;folder=<folder in the jar>}. The screens
 * id is a lower-case path segment ({@code [a-z][a-z0-9-]*}) and is normally the module id
 * ({@code sotay.module}); the CMS's own platform screens use {@code platform}. The folder defaults
 * to {@code /cms/<screens id>}. With the bnd-maven-plugin, put the line in the module's
 * {@code bnd.bnd} and the files in {@code src/main/resources/cms/}. Two active bundles claiming
 * the same id: the one with the lower bundle id wins; the other is logged and ignored until the
 * first goes.
 *
 * <h2>2. The folder</h2>
 * It must hold {@value #ENTRY}, a browser ES module (no bundler, no framework needed), and may hold
 * any assets it imports or links (CSS, images, more modules), addressed relatively: the CMS serves
 * every file under the folder at {@code /cms/m/<id>/<relative path>} with a content type from its
 * extension ({@code .js .mjs .css .html .json .svg .png .jpg .gif .webp .woff2 .txt}). Paths with
 * {@code ..} are refused. Responses carry an {@code ETag} from the bundle's last modification and
 * {@code Cache-Control: no-cache}, so a reinstalled module is picked up at the next load.
 *
 * <h2>3. Routes</h2>
 * The CMS route is the part of the URL after {@code #}, e.g. {@code /cms/#/news/edit/12}. Its first
 * segment selects the screens id; the CMS imports {@code /cms/m/<id>/screens.js} and looks up the
 * route in its exported {@code routes} object:
 * <pre>
 * export const routes = {
 *   '/news': feed,                 // exact
 *   '/news/edit/:id': editor,      // ':name' matches one segment, handed over in params
 * };
 * async function editor(ctx, params) { ctx.main.append(ctx.h('h1', {}, 'Sửa tin ' + params.id)); }
 * </pre>
 * When several patterns match, the one with the fewest parameters wins ({@code /meetings/overview}
 * before {@code /meetings/:id}), whatever their order. A route function receives the <em>screen context</em> {@code ctx} and the route parameters, and
 * renders into {@code ctx.main} (already emptied). Menu entries ({@link vn.sotay.spi.menu.MenuEntry})
 * point at these routes through their {@code path}; {@code GET /api/menu} tells the CMS which
 * module an entry belongs to.
 *
 * <h2>4. The screen context</h2>
 * Everything a screen needs comes from {@code ctx}, so screens need no import from the CMS:
 * {@code ctx.api(method, path, body)} (JSON over the browser session, CSRF header added; rejects
 * with an error carrying {@code status} and the RFC 7807 {@code problem}), {@code ctx.upload}
 * (raw bytes with progress), {@code ctx.h(tag, attrs, ...children)} (DOM builder: text is never
 * parsed as HTML), {@code ctx.form}/{@code ctx.field}/{@code ctx.showProblem} (labelled fields and
 * the problem's {@code detail} and per-field {@code errors} shown next to the fields),
 * {@code ctx.t(dict)} (Vietnamese or English text by the user's switch), {@code ctx.user},
 * {@code ctx.holds(role)}, {@code ctx.orgs()} (the organisation tree, cached), {@code ctx.navigate},
 * {@code ctx.notify}, {@code ctx.date}. The full list is in {@code docs/cms.md}.
 *
 * <h2>5. Security rules for screen code</h2>
 * The CMS page runs under a Content-Security-Policy of {@code 'self'} only: no inline scripts or
 * styles, no {@code eval}, no third-party origins. Never put server text into {@code innerHTML};
 * build elements with {@code ctx.h}. The session token is in an HttpOnly cookie and is never
 * visible to screens.
 */
public final class CmsScreens {
    /** The manifest header declaring a bundle's screens. */
    public static final String HEADER = "Sotay-Cms-Screens";
    /** Attribute of a clause naming the folder inside the jar. */
    public static final String FOLDER = "folder";
    /** The ES module the CMS imports from the folder. */
    public static final String ENTRY = "screens.js";
    /** URL prefix under which the CMS serves a bundle's folder: {@code /cms/m/<screens id>/}. */
    public static final String URL_PREFIX = "/cms/m/";

    private CmsScreens() {
    }
}
