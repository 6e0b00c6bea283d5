package eu.euromedjustice.meeting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.reference.Topic;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Language;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Meetings as an RFC 5545 calendar: one all-day event per meeting, with a UID that never changes
 * and a SEQUENCE that follows the meeting's version, so that calendar clients update their copy.
 * Only public facts go in (no names), since calendar clients cannot send a token.
 */
final class MeetingCalendar {

    static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
    private static final String PRODUCT = "-//EuroMed Justice//Platform API//EN";
    /** The domain of the UIDs: stable across hosts and deployments, unlike the request's host. */
    private static final String UID_DOMAIN = "euromed-justice.eu";

    private MeetingCalendar() {
    }

    /**
     * @param api      the API's base URI, which each event's URL starts with
     * @param language the language of the texts, falling back to English where a text has none
     */
    static byte[] of(List<MeetingDto> meetings, String name, URI api, String language) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        for (MeetingDto meeting : meetings) {
            calendar.add(event(meeting, api, language));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024 + 600 * meetings.size());
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new CalendarOutputter(false).output(calendar, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("Calendar does not validate", e);
        }
        return bytes.toByteArray();
    }

    static String uid(MeetingDto meeting) {
        return "meeting-" + meeting.id() + "@" + UID_DOMAIN;
    }

    private static VEvent event(MeetingDto meeting, URI api, String language) {
        // all-day: DTEND is the day after the last day (RFC 5545 3.6.1)
        VEvent event = new VEvent(false); // no DTSTAMP of now: the bytes must only change with the meeting
        event.add(new DtStart<>(meeting.startDate()));
        event.add(new DtEnd<>(meeting.endDate().plusDays(1)));
        String titleLanguage = languageOf(meeting.title(), language);
        event.add(new Summary(new ParameterList(List.of(new Language(titleLanguage))), meeting.title().get(titleLanguage)));
        event.add(new Uid(uid(meeting)));
        event.add(new Sequence((int) Math.min(meeting.version(), Integer.MAX_VALUE)));
        event.add(new DtStamp(meeting.updatedAt())); // stable, so that an unchanged meeting gives the same bytes
        event.add(new LastModified(meeting.updatedAt()));
        event.add(new Status(status(meeting.status())));
        event.add(new Url(api.resolve("api/v1/meetings/" + meeting.id())));
        String location = Stream.of(meeting.venue(), meeting.city(), meeting.countryCode())
                .filter(part -> part != null).collect(Collectors.joining(", "));
        if (!location.isEmpty()) {
            event.add(new Location(location));
        }
        if (meeting.summary() != null) {
            String summaryLanguage = languageOf(meeting.summary(), language);
            if (meeting.summary().get(summaryLanguage) != null) {
                event.add(new Description(new ParameterList(List.of(new Language(summaryLanguage))),
                        meeting.summary().get(summaryLanguage)));
            }
        }
        if (!meeting.topics().isEmpty()) {
            event.add(new Categories(new TextList(meeting.topics().stream().map(Topic::name).toList())));
        }
        return event;
    }

    /** The language asked for where the text has it, else English. */
    private static String languageOf(LanguageMap text, String language) {
        return text.get(language) != null ? language : LanguageMap.REQUIRED_LANGUAGE;
    }

    private static String status(MeetingStatus status) {
        return switch (status) {
            case CANCELLED -> Status.VALUE_CANCELLED;
            case CONFIRMED, HELD -> Status.VALUE_CONFIRMED;
            case PLANNED, POSTPONED -> Status.VALUE_TENTATIVE;
        };
    }
}
