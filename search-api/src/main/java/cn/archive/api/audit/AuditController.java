package cn.archive.api.audit;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit} for ADMIN and AUDITOR: events newest first, filtered by user, action,
 * document and time ({@code from}/{@code to}: an ISO instant, or a date meaning its start in Beijing
 * time), paged. Reading the log is not itself audited: auditors are watched by the trail's chain.
 */
@RestController
class AuditController {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final AuditIndex index;
    private final AuditTrail trail;

    AuditController(AuditIndex index, AuditTrail trail) {
        this.index = index;
        this.trail = trail;
    }

    @GetMapping("/api/audit")
    AuditPage audit(@RequestParam(required = false) String user, @RequestParam(required = false) String action,
                    @RequestParam(required = false) String documentId, @RequestParam(required = false) String from,
                    @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page,
                    @RequestParam(defaultValue = "50") int size) throws IOException {
        if (action != null && Arrays.stream(AuditAction.values()).noneMatch(a -> a.name().equals(action))) {
            throw new AuditProblems.BadQuery("action must be one of " + Arrays.toString(AuditAction.values()) + ".");
        }
        if (page < 0 || size < 1 || size > 200 || (long) (page + 1) * size > 10_000) {
            throw new AuditProblems.BadQuery("page must be ≥ 0 and size between 1 and 200 (first 10000 events); "
                    + "narrow with from/to.");
        }
        if (user != null && user.length() > 64 || documentId != null && documentId.length() > 128) {
            throw new AuditProblems.BadQuery("user or documentId is too long.");
        }
        index.catchUp(trail);
        return index.search(new AuditQuery(blankToNull(user), action, blankToNull(documentId),
                instant(from, "from"), instant(to, "to"), page, size));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Instant instant(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(BEIJING).toInstant() : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new AuditProblems.BadQuery(name + " must be a date (2026-11-23) or an instant "
                    + "(2026-11-23T08:00:00Z), not '" + value + "'.");
        }
    }
}
