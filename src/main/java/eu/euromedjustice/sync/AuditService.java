package eu.euromedjustice.sync;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageRequest;

/** Reads the audit log; {@link ChangeWriter} writes it, and nothing changes or deletes it. */
@ApplicationScoped
public class AuditService {

    public static final String PAGE_SCOPE = "audit-events";

    private final AuditRepository events;

    public AuditService(AuditRepository events) {
        this.events = events;
    }

    public Page<AuditEventDto> list(AuditFilter filter, PageRequest page) {
        return events.findPage(filter, page).map(SyncMapper::toDto);
    }

    /** For the personal-data export: every entry about the person, oldest first. */
    public List<AuditEventDto> aboutPerson(UUID personId) {
        return events.aboutPerson(personId).stream().map(SyncMapper::toDto).toList();
    }
}
