package eu.euromedjustice.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import eu.euromedjustice.common.http.Preconditions.IfMatch;
import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.json.MergePatch;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageRequest;
import eu.euromedjustice.common.problem.ProblemException;
import eu.euromedjustice.meeting.MeetingService;
import eu.euromedjustice.reference.CountryDto;
import eu.euromedjustice.reference.CountryService;
import eu.euromedjustice.reference.ExpertGroupService;
import eu.euromedjustice.reference.Region;
import eu.euromedjustice.security.Role;
import eu.euromedjustice.security.Viewer;

/**
 * Roadmaps, their status rules and their timeline; what each caller may see of them: MEMBER and
 * above every roadmap, PARTNER the adopted ones (a draft is not found). Every write locks the
 * roadmap's row first, as do the writes of its milestones and reports.
 */
@ApplicationScoped
public class RoadmapService {

    public static final String PAGE_SCOPE = "roadmaps";
    public static final String TIMELINE_SCOPE = "roadmap-timeline";

    private final RoadmapRepository roadmaps;
    private final MilestoneRepository milestones;
    private final ProgressReportRepository reports;
    private final RoadmapEventRepository events;
    private final ExpertGroupService groups;
    private final CountryService countries;
    private final MeetingService meetings;
    private final MergePatch mergePatch;

    public RoadmapService(RoadmapRepository roadmaps, MilestoneRepository milestones, ProgressReportRepository reports,
            RoadmapEventRepository events, ExpertGroupService groups, CountryService countries, MeetingService meetings,
            MergePatch mergePatch) {
        this.roadmaps = roadmaps;
        this.milestones = milestones;
        this.reports = reports;
        this.events = events;
        this.groups = groups;
        this.countries = countries;
        this.meetings = meetings;
        this.mergePatch = mergePatch;
    }

    public Page<RoadmapDto> list(RoadmapFilter filter, PageRequest page) {
        return roadmaps.findPage(filter, today(), page).map(roadmap -> RoadmapMapper.toDto(roadmap, null));
    }

    /** The roadmap with its milestones: two queries. */
    public RoadmapDto get(UUID id, Viewer viewer) {
        return view(visible(id, viewer));
    }

    /**
     * The version that {@link #get} shows, in one query: changes of the milestones and new reports
     * move it on. A roadmap the viewer may not see is not found, as by get.
     */
    public long version(UUID id, Viewer viewer) {
        return visibleVersion(roadmaps.findVersion(id), viewer).orElseThrow(() -> notFound(id));
    }

    @Transactional
    public RoadmapDto create(RoadmapInput input, String actor) {
        RoadmapStatus status = input.status() == null ? RoadmapStatus.DRAFT : input.status();
        if (status != RoadmapStatus.DRAFT && status != RoadmapStatus.ADOPTED) {
            throw ProblemException.invalidField("status", "must be DRAFT or ADOPTED for a new roadmap; it moves on from there");
        }
        Roadmap roadmap = new Roadmap();
        roadmap.status = status;
        check(input, status, null);
        // before any insert: an unknown meeting is a 400 naming the field, not a broken foreign key
        touchMeetings(Collections.singletonList(input.adoptedAtMeetingId()));
        requireKnownReferences(input);
        RoadmapMapper.apply(input, roadmap);
        roadmaps.persist(roadmap);
        record(roadmap, null, null, status.name(), actor, null, null);
        roadmaps.flush();
        return view(roadmap);
    }

    @Transactional
    public RoadmapDto replace(UUID id, IfMatch ifMatch, RoadmapInput input, String actor) {
        Roadmap roadmap = lock(id);
        ifMatch.check(roadmap.version());
        return update(roadmap, input, actor);
    }

    @Transactional
    public RoadmapDto patch(UUID id, IfMatch ifMatch, JsonNode patch, String actor) {
        Roadmap roadmap = lock(id);
        ifMatch.check(roadmap.version());
        return update(roadmap, mergePatch.apply(RoadmapMapper.toInput(roadmap), patch, RoadmapInput.class), actor);
    }

    /**
     * Deletes a roadmap made by mistake, with its milestones and timeline. One reported on stays on
     * record (mark it SUPERSEDED instead), as does one that others derive from.
     */
    @Transactional
    public void delete(UUID id, IfMatch ifMatch) {
        Roadmap roadmap = lock(id);
        ifMatch.check(roadmap.version());
        long reported = reports.countByRoadmap(id);
        if (reported > 0) {
            throw ProblemException.conflict("Roadmap '" + id + "' has " + reported + " progress report(s) and stays on record; "
                    + "set its status to SUPERSEDED instead.");
        }
        long derived = roadmaps.countDerivedFrom(id);
        if (derived > 0) {
            throw ProblemException.conflict("Roadmap '" + id + "' is the parent of " + derived + " roadmap(s); delete them or "
                    + "change their parentRoadmapId first.");
        }
        touchMeetings(Collections.singletonList(roadmap.adoptedAtMeetingId)); // it had no reports
        events.deleteByRoadmap(id);
        milestones.findByRoadmap(id).forEach(milestones::delete); // one by one, so that each reaches the change feed
        milestones.flush();
        roadmaps.delete(roadmap);
        roadmaps.flush();
    }

    /**
     * The dashboard: per country, its adopted roadmap of the topic, with progress, overdue
     * milestones and the last report. Four queries whatever the numbers.
     */
    public RoadmapOverviewDto overview(RoadmapTopic topic, String expertGroup) {
        LocalDate today = today();
        Map<String, Roadmap> shown = new HashMap<>();
        Roadmap regional = null;
        for (Roadmap roadmap : roadmaps.findAdopted(topic, expertGroup)) { // oldest first: a newer one of a rank wins
            Roadmap current = roadmap.countryCode == null ? regional : shown.get(roadmap.countryCode);
            if (current == null || rank(roadmap) >= rank(current)) {
                if (roadmap.countryCode == null) {
                    regional = roadmap;
                } else {
                    shown.put(roadmap.countryCode, roadmap);
                }
            }
        }
        List<UUID> ids = new ArrayList<>(shown.values().stream().map(roadmap -> roadmap.id).toList());
        if (regional != null) {
            ids.add(regional.id);
        }
        Map<UUID, Integer> overdue = milestones.countOverdue(ids, today);
        Map<UUID, ProgressReport> last = reports.findLast(ids);
        List<RoadmapOverviewDto.Row> rows = new ArrayList<>();
        for (CountryDto country : countries.inRegionOr(Region.SPC, shown.keySet())) {
            rows.add(row(country, shown.get(country.code()), overdue, last));
        }
        return new RoadmapOverviewDto(topic, expertGroup, today, regional == null ? null : row(null, regional, overdue, last), rows);
    }

    /** The roadmap's status changes and its milestones', oldest first, optionally of one milestone. */
    public Page<RoadmapEventDto> timeline(UUID id, UUID milestoneId, Viewer viewer, PageRequest page) {
        visible(id, viewer);
        Page<RoadmapEvent> found = events.findPage(id, milestoneId, page);
        Set<UUID> reportIds = found.items().stream().map(event -> event.reportId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<UUID, ProgressReport> byId = reports.findAll(reportIds).stream()
                .collect(Collectors.toMap(report -> report.id, Function.identity()));
        return found.map(event -> RoadmapMapper.toDto(event, byId));
    }

    /** The roadmap, if the viewer may see it: a partner does not learn of drafts (404). */
    Roadmap visible(UUID id, Viewer viewer) {
        Roadmap roadmap = roadmaps.findByIdOptional(id).orElseThrow(() -> notFound(id));
        if (!roadmap.status.adopted() && !seesDrafts(viewer)) {
            throw notFound(id);
        }
        return roadmap;
    }

    /** The version read, if the viewer may see its roadmap (as {@link #visible} decides). */
    static Optional<Long> visibleVersion(Optional<RoadmapRepository.VersionRow> row, Viewer viewer) {
        return row.filter(found -> found.roadmapStatus().adopted() || seesDrafts(viewer)).map(RoadmapRepository.VersionRow::version);
    }

    /** The roadmap, its row locked: every write to it or its parts takes this lock first. */
    Roadmap lock(UUID id) {
        return roadmaps.findLocked(id).orElseThrow(() -> notFound(id));
    }

    /** Milestones and reports cannot change once the roadmap is completed or superseded. */
    static void requireOpen(Roadmap roadmap, String what) {
        if (roadmap.status.closed()) {
            throw ProblemException.conflict("Roadmap '" + roadmap.id + "' is " + roadmap.status + "; " + what
                    + " only while it is DRAFT, ADOPTED or IN_PROGRESS (reopen a COMPLETED one as IN_PROGRESS first).");
        }
    }

    /** Writes a timeline entry: of the roadmap when milestone is null. */
    void record(Roadmap roadmap, Milestone milestone, String from, String to, String actor, UUID reportId, LanguageMap note) {
        RoadmapEvent event = new RoadmapEvent();
        event.roadmapId = roadmap.id;
        event.milestoneId = milestone == null ? null : milestone.id;
        event.milestoneTitle = milestone == null ? null : milestone.title;
        event.fromStatus = from;
        event.toStatus = to;
        event.occurredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        event.actor = actor;
        event.reportId = reportId;
        event.note = note;
        events.persist(event);
    }

    /**
     * After its milestones changed: counts them again for the progress, moves an adopted roadmap
     * on to IN_PROGRESS once work on a milestone has begun, and moves its version on.
     */
    void milestonesChanged(Roadmap roadmap, String actor, UUID reportId) {
        List<Milestone> all = milestones.findByRoadmap(roadmap.id);
        roadmap.milestonesCounted = (int) all.stream().filter(milestone -> milestone.status != MilestoneStatus.CANCELLED).count();
        roadmap.milestonesDone = (int) all.stream().filter(milestone -> milestone.status == MilestoneStatus.DONE).count();
        boolean begun = all.stream().anyMatch(milestone -> milestone.status != MilestoneStatus.PLANNED
                && milestone.status != MilestoneStatus.CANCELLED);
        if (roadmap.status == RoadmapStatus.ADOPTED && begun) {
            roadmap.status = RoadmapStatus.IN_PROGRESS;
            record(roadmap, null, RoadmapStatus.ADOPTED.name(), RoadmapStatus.IN_PROGRESS.name(), actor, reportId, null);
        }
        roadmap.touch();
    }

    static boolean seesDrafts(Viewer viewer) {
        return viewer.isStaff() || viewer.has(Role.MEMBER);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** After today, with a day's grace: it is already tomorrow east of UTC. */
    static boolean inTheFuture(LocalDate day) {
        return day.isAfter(today().plusDays(1));
    }

    static ProblemException notFound(UUID id) {
        return ProblemException.notFound("Roadmap", id);
    }

    private RoadmapDto update(Roadmap roadmap, RoadmapInput input, String actor) {
        RoadmapStatus from = roadmap.status;
        RoadmapStatus to = input.status() == null ? from : input.status();
        check(input, to, roadmap);
        if (RoadmapMapper.normalised(input, to).equals(RoadmapMapper.toInput(roadmap))) {
            return view(roadmap); // a write that changes nothing leaves the version as it is
        }
        Set<UUID> changed = new HashSet<>();
        if (!Objects.equals(roadmap.adoptedAtMeetingId, input.adoptedAtMeetingId())) {
            // both meetings' roadmapsAdopted change, even where it was (or is) reported at the meeting too
            changed.add(roadmap.adoptedAtMeetingId);
            changed.add(input.adoptedAtMeetingId());
        }
        if (!roadmap.title.equals(input.title()) || !Objects.equals(roadmap.countryCode, input.countryCode())) {
            // every meeting that lists it shows its title, and its reports there its country
            changed.add(roadmap.adoptedAtMeetingId);
            changed.addAll(reports.meetingsOf(roadmap.id));
        }
        touchMeetings(changed);
        requireKnownReferences(input);
        // who may see the milestones changes with the roadmap's: their feed entries tell partners. They are
        // loaded before the status changes, so that the feed knows who could see them before.
        List<Milestone> seenDifferently = from.adopted() != to.adopted() ? milestones.findByRoadmap(roadmap.id) : List.of();
        RoadmapMapper.apply(input, roadmap);
        if (to != from) {
            roadmap.status = to;
            record(roadmap, null, from.name(), to.name(), actor, null, null);
            seenDifferently.forEach(Milestone::touch);
            if (to == RoadmapStatus.ADOPTED) {
                milestonesChanged(roadmap, actor, null); // work on a milestone begun while a draft: in progress at once
            }
        }
        roadmaps.flush();
        return view(roadmap);
    }

    /**
     * The rules across fields, the parent and the status change (existing is null on create). Locks
     * are taken in one order on every path: the roadmap, its parent, meetings, then the records it
     * names (requireKnownReferences), as a meeting's own writes lock the meeting before its group.
     */
    private void check(RoadmapInput input, RoadmapStatus to, Roadmap existing) {
        if (!to.adopted() && input.adoptedAtMeetingId() != null) {
            throw ProblemException.invalidField("adoptedAtMeetingId", "must be absent while the roadmap is a DRAFT");
        }
        checkParent(input, existing);
        if (existing == null) {
            return;
        }
        RoadmapStatus from = existing.status;
        if (to != from && !from.next().contains(to)) {
            throw ProblemException.conflict("Roadmap '" + existing.id + "' is " + from + "; it can go to "
                    + (from.next().isEmpty() ? "no other status" : from.next().stream().map(Enum::name).collect(Collectors.joining(" or ")))
                    + ", not " + to + ".");
        }
        if (to == RoadmapStatus.DRAFT && from != RoadmapStatus.DRAFT && reports.countByRoadmap(existing.id) > 0) {
            throw ProblemException.conflict("Roadmap '" + existing.id + "' has been reported on, so it cannot go back to DRAFT.");
        }
        if (to == RoadmapStatus.COMPLETED && from != RoadmapStatus.COMPLETED) {
            long open = milestones.findByRoadmap(existing.id).stream().filter(milestone -> milestone.status.open()).count();
            if (open > 0) {
                throw ProblemException.conflict("Roadmap '" + existing.id + "' has " + open + " open milestone(s); mark them "
                        + "DONE or CANCELLED before it is COMPLETED.");
            }
        }
        if (input.countryCode() != null && existing.countryCode == null && roadmaps.countDerivedFrom(existing.id) > 0) {
            throw ProblemException.conflict("Roadmap '" + existing.id + "' is regional and others derive from it, so it cannot "
                    + "become a country's roadmap.");
        }
    }

    private void requireKnownReferences(RoadmapInput input) {
        groups.requireKnown("expertGroup", input.expertGroup());
        countries.requireKnown("countryCode", input.countryCode());
    }

    /** A country's roadmap may derive from a regional one; a regional one derives from none, so there are no cycles. */
    private void checkParent(RoadmapInput input, Roadmap existing) {
        UUID parentId = input.parentRoadmapId();
        if (parentId == null) {
            return;
        }
        if (input.countryCode() == null) {
            throw ProblemException.invalidField("parentRoadmapId", "must be absent for a regional roadmap: only a country's "
                    + "roadmap derives from a regional one");
        }
        Roadmap parent = existing != null && parentId.equals(existing.id) ? existing
                // locked: the parent cannot become a country's roadmap while one derives from it (see check)
                : roadmaps.findLocked(parentId).orElseThrow(
                        () -> ProblemException.invalidField("parentRoadmapId", "is not the id of an existing roadmap"));
        if (parent == existing || parent.countryCode != null) {
            throw ProblemException.invalidField("parentRoadmapId", "must be the id of a regional roadmap (one without countryCode)");
        }
    }

    /** Moves on the version of each meeting that lists the roadmap differently now, so that its ETag tells. */
    private void touchMeetings(Collection<UUID> changed) {
        changed.stream().filter(Objects::nonNull).distinct().sorted() // one order: no deadlock
                .forEach(id -> meetings.touch("adoptedAtMeetingId", id));
    }

    private RoadmapDto view(Roadmap roadmap) {
        return RoadmapMapper.toDto(roadmap, milestones.findByRoadmap(roadmap.id).stream().map(RoadmapMapper::toDto).toList());
    }

    /** Which roadmap of a country the overview shows: one in force over a superseded one. */
    private static int rank(Roadmap roadmap) {
        return roadmap.status == RoadmapStatus.SUPERSEDED ? 0 : 1;
    }

    private static RoadmapOverviewDto.Row row(CountryDto country, Roadmap roadmap, Map<UUID, Integer> overdue,
            Map<UUID, ProgressReport> last) {
        String code = country == null ? null : country.code();
        LanguageMap name = country == null ? null : country.name();
        if (roadmap == null) {
            return new RoadmapOverviewDto.Row(code, name, null, null, null, null, null, null, null, null, null);
        }
        ProgressReport report = last.get(roadmap.id);
        return new RoadmapOverviewDto.Row(code, name, roadmap.id, roadmap.title, roadmap.status, roadmap.progress(),
                roadmap.milestonesCounted, roadmap.milestonesDone, overdue.getOrDefault(roadmap.id, 0),
                report == null ? null : report.reportedOn, report == null ? null : report.meetingId);
    }
}
