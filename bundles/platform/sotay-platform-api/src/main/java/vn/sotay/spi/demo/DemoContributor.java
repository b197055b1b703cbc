package vn.sotay.spi.demo;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's demo data (DỮ LIỆU MẪU) for the fictional province "Bình Sơn". Registered as a DS
 * service (whiteboard, with {@code sotay.module}); the {@code sotay-demo} bundle runs it:
 *
 * <ul>
 * <li>only when the framework property {@code sotay.demo} is {@code true} and the organisation tree
 *     is the demo province (loaded by {@code sotay-demo} now or at an earlier start); never on a
 *     province's own data;</li>
 * <li>after the demo organisations, members and accounts exist, so {@link DemoContext} answers;</li>
 * <li>in {@link #order()} (lower first, ties by {@link #name()}), one at a time, on the platform
 *     scheduler, never on the thread that registered it;</li>
 * <li>once per start of the demo bundle for each registration; a contributor registered later (its
 *     module installed while the system runs) is run when it arrives.</li>
 * </ul>
 *
 * <p><b>Idempotent.</b> The demo bundle keeps no record across restarts: {@link #contribute} checks
 * its own tables first and does nothing when they hold anything (the demo data is loaded only into
 * an empty module, so it never mixes with content a province wrote). It publishes its writes like
 * any other (change events after commit), so search and caches follow. A contributor that throws is
 * logged; the others still run.
 *
 * <pre>{@code
 * @Component(property = SotayModule.MODULE + "=news")
 * public class DemoNews implements DemoContributor {
 *     public String name() { return "news"; }
 *     public int order() { return 200; }
 *     public void contribute(DemoContext demo) {
 *         if (store.count() > 0) return;                        // the module's own check
 *         Author editor = demo.account("0900000005").map(...).orElse(SYSTEM);
 *         DemoArticles.load(rows, store, demo.tree(), editor, reviewer, demo.now());
 *     }
 * }
 * }</pre>
 */
@ConsumerType
public interface DemoContributor {

    /** A short name for the log ({@code news}); usually the module id. */
    String name();

    /**
     * Position among contributors, lower first: 100 for content others do not refer to; a module
     * whose demo data refers to another module's demo data takes a higher number.
     */
    default int order() {
        return 100;
    }

    /** Adds the module's demo data, unless its tables already hold data. */
    void contribute(DemoContext demo);
}
