package eu.euromedjustice.meeting;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import eu.euromedjustice.common.http.Preconditions.IfMatch;
import eu.euromedjustice.common.json.MergePatch;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageRequest;
import eu.euromedjustice.common.problem.ProblemException;
import eu.euromedjustice.security.Viewer;

/** A meeting's documents. Writes lock the meeting and move its version on; non-public ones are for MEMBER and above. */
@ApplicationScoped
public class MeetingDocumentService {

    public static final String PAGE_SCOPE = "meeting-documents";
    /** The most documents a meeting has (the contract bounds the embedded list by it). */
    public static final int MAX_DOCUMENTS = 500;

    private final MeetingService meetings;
    private final MeetingDocumentRepository documents;
    private final MergePatch mergePatch;

    public MeetingDocumentService(MeetingService meetings, MeetingDocumentRepository documents, MergePatch mergePatch) {
        this.meetings = meetings;
        this.documents = documents;
        this.mergePatch = mergePatch;
    }

    public Page<MeetingDocumentDto> list(MeetingPartFilter filter, PageRequest page, Viewer viewer) {
        meetings.requireExists(filter.meetingId());
        return documents.findPage(filter.meetingId(), MeetingService.seesAllDocuments(viewer), filter.updatedSince(), page)
                .map(MeetingMapper::toDto);
    }

    /** A non-public document is not found for those who may not see it. */
    public MeetingDocumentDto get(UUID meetingId, UUID id, Viewer viewer) {
        meetings.requireExists(meetingId);
        MeetingDocument document = find(meetingId, id);
        if (!document.isPublic && !MeetingService.seesAllDocuments(viewer)) {
            throw notFound(id);
        }
        return MeetingMapper.toDto(document);
    }

    @Transactional
    public MeetingDocumentDto add(UUID meetingId, MeetingDocumentInput input) {
        Meeting meeting = meetings.lock(meetingId);
        if (documents.count("meetingId", meetingId) >= MAX_DOCUMENTS) {
            throw ProblemException.conflict("The meeting already has " + MAX_DOCUMENTS + " documents, the most it may have.");
        }
        MeetingDocument document = new MeetingDocument();
        document.meetingId = meetingId;
        MeetingMapper.apply(input, document);
        documents.persist(document);
        meeting.touch();
        documents.flush();
        return MeetingMapper.toDto(document);
    }

    @Transactional
    public MeetingDocumentDto patch(UUID meetingId, UUID id, IfMatch ifMatch, JsonNode patch) {
        Meeting meeting = meetings.lock(meetingId);
        MeetingDocument document = find(meetingId, id);
        ifMatch.check(document.version());
        MeetingDocumentInput current = MeetingMapper.toInput(document);
        MeetingDocumentInput input = mergePatch.apply(current, patch, MeetingDocumentInput.class);
        if (!input.equals(current)) {
            MeetingMapper.apply(input, document);
            meeting.touch();
            documents.flush();
        }
        return MeetingMapper.toDto(document);
    }

    @Transactional
    public void delete(UUID meetingId, UUID id, IfMatch ifMatch) {
        Meeting meeting = meetings.lock(meetingId);
        MeetingDocument document = find(meetingId, id);
        ifMatch.check(document.version());
        documents.delete(document);
        meeting.touch();
        documents.flush();
    }

    private MeetingDocument find(UUID meetingId, UUID id) {
        return documents.find("id = ?1 and meetingId = ?2", id, meetingId).firstResultOptional().orElseThrow(() -> notFound(id));
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("Meeting document", id);
    }
}
