/**
 * The platform scheduler: one small pool of named threads runs every module's periodic, cron-like
 * and one-shot work ({@link vn.sotay.api.schedule.Scheduler}); a module never starts a thread or
 * an executor of its own. Jobs are cancelled with the bundle that scheduled them.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package vn.sotay.api.schedule;
