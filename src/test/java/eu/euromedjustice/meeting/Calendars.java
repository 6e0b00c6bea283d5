package eu.euromedjustice.meeting;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import static org.assertj.core.api.Assertions.assertThat;

/** Parses what the service serves as iCalendar with ical4j, as a calendar client would. */
final class Calendars {

    private Calendars() {
    }

    record Event(String uid, int sequence, String status, LocalDate start, LocalDate endExclusive, String summary,
            String location, String url) {
    }

    static List<Event> events(byte[] ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        assertThat(calendar.getProperty(Property.VERSION).orElseThrow().getValue()).isEqualTo("2.0");
        List<VEvent> events = calendar.getComponents("VEVENT");
        return events.stream().map(event -> new Event(text(event, Property.UID),
                Integer.parseInt(text(event, Property.SEQUENCE)), text(event, Property.STATUS),
                date(event.getDateTimeStart().getDate()), date(event.getDateTimeEnd().getDate()),
                text(event, Property.SUMMARY), text(event, Property.LOCATION), text(event, Property.URL))).toList();
    }

    static Event only(byte[] ics) throws Exception {
        List<Event> events = events(ics);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String text(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static LocalDate date(Temporal temporal) {
        assertThat(temporal).as("an all-day date").isInstanceOf(LocalDate.class);
        return (LocalDate) temporal;
    }
}
