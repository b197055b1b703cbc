/** Contributing dated entries to people's calendars: {@link vn.sotay.spi.calendar.CalendarSource}. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package vn.sotay.spi.calendar;
