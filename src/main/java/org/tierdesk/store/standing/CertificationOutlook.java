package org.tierdesk.store.standing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record4;
import org.jooq.impl.DSL;

import static org.tierdesk.store.jooq.Tables.CERTIFICATIONS;
import static org.tierdesk.store.jooq.Tables.PARTNERS;
import static org.tierdesk.store.jooq.Tables.STAFF;

/**
 * Per partner and certification: how many staff holding it today will still hold it at the end of a look-ahead,
 * and the first expiry inside it. One grouped query for every partner at once.
 */
final class CertificationOutlook {
    private final Map<Long, Map<String, Entry>> byPartner;

    private CertificationOutlook(Map<Long, Map<String, Entry>> byPartner) {
        this.byPartner = byPartner;
    }

    record Entry(BigDecimal stillValid, LocalDate firstExpiry) {
    }

    static CertificationOutlook query(DSLContext dsl, Condition partners, LocalDate asOf, LocalDate horizon) {
        Condition validToday = CERTIFICATIONS.EARNED.le(asOf)
                .and(CERTIFICATIONS.EXPIRES.isNull().or(CERTIFICATIONS.EXPIRES.gt(asOf)));
        Condition validAtHorizon = CERTIFICATIONS.EARNED.le(asOf)
                .and(CERTIFICATIONS.EXPIRES.isNull().or(CERTIFICATIONS.EXPIRES.gt(horizon)));
        Map<Long, Map<String, Entry>> found = new HashMap<>();
        for (Record4<Long, String, Integer, LocalDate> row : dsl.select(STAFF.PARTNER_ID,
                        CERTIFICATIONS.CERTIFICATION_ID,
                        DSL.countDistinct(DSL.when(validAtHorizon, STAFF.ID)),
                        DSL.min(DSL.when(validToday.and(CERTIFICATIONS.EXPIRES.le(horizon)),
                                CERTIFICATIONS.EXPIRES)))
                .from(STAFF).join(CERTIFICATIONS).on(CERTIFICATIONS.STAFF_ID.eq(STAFF.ID))
                .join(PARTNERS).on(PARTNERS.ID.eq(STAFF.PARTNER_ID))
                .where(partners).and(validToday)
                .groupBy(STAFF.PARTNER_ID, CERTIFICATIONS.CERTIFICATION_ID)
                .fetch()) {
            found.computeIfAbsent(row.value1(), k -> new HashMap<>())
                    .put(row.value2(), new Entry(BigDecimal.valueOf(row.value3()), row.value4()));
        }
        return new CertificationOutlook(found);
    }

    /** Null when none of the partner's staff holds the certification today. */
    Entry of(long partnerId, String certification) {
        return byPartner.getOrDefault(partnerId, Map.of()).get(certification);
    }
}
