package org.tierdesk.store;

import org.jooq.DSLContext;
import org.tierdesk.engine.facts.Certification;
import org.tierdesk.engine.facts.StaffMember;
import org.tierdesk.program.Program;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import static org.tierdesk.store.jooq.Tables.CERTIFICATIONS;
import static org.tierdesk.store.jooq.Tables.STAFF;
import static org.tierdesk.store.jooq.Tables.STAFF_ROLES;

/** A partner's staff: names, free-word roles (sales, technical, engineer...) and certifications. */
public final class StaffRoster {
    private final Workspace workspace;

    StaffRoster(Workspace workspace) {
        this.workspace = workspace;
    }

    public List<Problem> checkName(String name) {
        return FactValidation.staffMember(name);
    }

    public List<Problem> checkCertification(long partnerId, Certification certification) {
        Program program = workspace.programOf(workspace.database().dsl(), partnerId);
        return FactValidation.certification(program, certification);
    }

    /** The partner's staff with roles and certifications, by name. */
    public List<StaffMember> of(long partnerId) {
        return of(workspace.database().dsl(), partnerId);
    }

    static List<StaffMember> of(DSLContext dsl, long partnerId) {
        Map<Long, String> names = new LinkedHashMap<>();
        dsl.select(STAFF.ID, STAFF.NAME).from(STAFF).where(STAFF.PARTNER_ID.eq(partnerId))
                .orderBy(STAFF.NAME, STAFF.ID)
                .forEach(r -> names.put(r.value1(), r.value2()));
        Map<Long, List<String>> roles = new LinkedHashMap<>();
        dsl.select(STAFF_ROLES.STAFF_ID, STAFF_ROLES.ROLE).from(STAFF_ROLES).join(STAFF)
                .on(STAFF.ID.eq(STAFF_ROLES.STAFF_ID))
                .where(STAFF.PARTNER_ID.eq(partnerId))
                .orderBy(STAFF_ROLES.ROLE)
                .forEach(r -> roles.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        Map<Long, List<Certification>> certifications = new LinkedHashMap<>();
        dsl.select(CERTIFICATIONS.STAFF_ID, CERTIFICATIONS.CERTIFICATION_ID, CERTIFICATIONS.EARNED,
                        CERTIFICATIONS.EXPIRES)
                .from(CERTIFICATIONS).join(STAFF).on(STAFF.ID.eq(CERTIFICATIONS.STAFF_ID))
                .where(STAFF.PARTNER_ID.eq(partnerId))
                .orderBy(CERTIFICATIONS.EARNED, CERTIFICATIONS.ID)
                .forEach(r -> certifications.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new Certification(r.value2(), r.value3(), r.value4())));
        List<StaffMember> staff = new ArrayList<>();
        names.forEach((id, name) -> staff.add(new StaffMember(id, name, roles.getOrDefault(id, List.of()),
                certifications.getOrDefault(id, List.of()))));
        return List.copyOf(staff);
    }

    /** The certifications of one staff member with their row ids, for editing. */
    public List<CertificationEntry> certificationsOf(long staffId) {
        return workspace.database().dsl().selectFrom(CERTIFICATIONS).where(CERTIFICATIONS.STAFF_ID.eq(staffId))
                .orderBy(CERTIFICATIONS.EARNED, CERTIFICATIONS.ID)
                .fetch(r -> new CertificationEntry(r.getId(), r.getStaffId(),
                        new Certification(r.getCertificationId(), r.getEarned(), r.getExpires())));
    }

    /** Adds a staff member with roles and certifications (validated against the partner's program). */
    public long add(long partnerId, StaffMember member) {
        return workspace.database().inTransactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Program program = workspace.programOf(tx, partnerId);
            Workspace.refuseIf(problems(program, member));
            return insert(tx, partnerId, member);
        });
    }

    List<Problem> problems(Program program, StaffMember member) {
        List<Problem> problems = new ArrayList<>(checkName(member.name()));
        for (Certification certification : member.certifications()) {
            problems.addAll(FactValidation.certification(program, certification));
        }
        return problems;
    }

    long insert(DSLContext tx, long partnerId, StaffMember member) {
        long staffId = tx.insertInto(STAFF)
                .set(STAFF.PARTNER_ID, partnerId)
                .set(STAFF.NAME, member.name().trim())
                .returning(STAFF.ID).fetchOne(STAFF.ID);
        insertRoles(tx, staffId, member.roles());
        for (Certification certification : member.certifications()) {
            insertCertification(tx, staffId, certification);
        }
        return staffId;
    }

    /** Renames a staff member and replaces its roles; certifications are edited one by one. */
    public void update(long staffId, String name, List<String> roles) {
        Workspace.refuseIf(checkName(name));
        workspace.database().inTransaction(cfg -> {
            DSLContext tx = cfg.dsl();
            Rows.requireOne(tx.update(STAFF).set(STAFF.NAME, name.trim()).where(STAFF.ID.eq(staffId)).execute());
            tx.deleteFrom(STAFF_ROLES).where(STAFF_ROLES.STAFF_ID.eq(staffId)).execute();
            insertRoles(tx, staffId, roles);
        });
    }

    public boolean delete(long staffId) {
        return workspace.database().inTransactionResult(cfg ->
                cfg.dsl().deleteFrom(STAFF).where(STAFF.ID.eq(staffId)).execute() > 0);
    }

    public long addCertification(long staffId, Certification certification) {
        return workspace.database().inTransactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Workspace.refuseIf(FactValidation.certification(programOfStaff(tx, staffId), certification));
            return insertCertification(tx, staffId, certification);
        });
    }

    public void updateCertification(long certificationRowId, Certification certification) {
        workspace.database().inTransaction(cfg -> {
            DSLContext tx = cfg.dsl();
            Long staffId = tx.select(CERTIFICATIONS.STAFF_ID).from(CERTIFICATIONS)
                    .where(CERTIFICATIONS.ID.eq(certificationRowId)).fetchOne(CERTIFICATIONS.STAFF_ID);
            if (staffId == null) {
                Rows.requireOne(0);
            }
            Workspace.refuseIf(FactValidation.certification(programOfStaff(tx, staffId), certification));
            tx.update(CERTIFICATIONS)
                    .set(CERTIFICATIONS.CERTIFICATION_ID, certification.id())
                    .set(CERTIFICATIONS.EARNED, certification.earned())
                    .set(CERTIFICATIONS.EXPIRES, certification.expires())
                    .where(CERTIFICATIONS.ID.eq(certificationRowId)).execute();
        });
    }

    public boolean deleteCertification(long certificationRowId) {
        return workspace.database().inTransactionResult(cfg ->
                cfg.dsl().deleteFrom(CERTIFICATIONS).where(CERTIFICATIONS.ID.eq(certificationRowId)).execute() > 0);
    }

    private Program programOfStaff(DSLContext tx, long staffId) {
        Long partnerId = tx.select(STAFF.PARTNER_ID).from(STAFF).where(STAFF.ID.eq(staffId))
                .fetchOne(STAFF.PARTNER_ID);
        if (partnerId == null) {
            throw new NoSuchElementException("no staff member with id " + staffId);
        }
        return workspace.programOf(tx, partnerId);
    }

    private static void insertRoles(DSLContext tx, long staffId, List<String> roles) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (String role : roles) {
            if (role != null && !role.isBlank()) {
                distinct.add(role.trim());
            }
        }
        for (String role : distinct) {
            tx.insertInto(STAFF_ROLES).set(STAFF_ROLES.STAFF_ID, staffId).set(STAFF_ROLES.ROLE, role).execute();
        }
    }

    private static long insertCertification(DSLContext tx, long staffId, Certification certification) {
        return tx.insertInto(CERTIFICATIONS)
                .set(CERTIFICATIONS.STAFF_ID, staffId)
                .set(CERTIFICATIONS.CERTIFICATION_ID, certification.id())
                .set(CERTIFICATIONS.EARNED, certification.earned())
                .set(CERTIFICATIONS.EXPIRES, certification.expires())
                .returning(CERTIFICATIONS.ID).fetchOne(CERTIFICATIONS.ID);
    }
}
