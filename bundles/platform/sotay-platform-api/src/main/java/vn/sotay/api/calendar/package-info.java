/** A person's calendar assembled from the modules' dated entries ({@link vn.sotay.api.calendar.CalendarService}). */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package vn.sotay.api.calendar;
