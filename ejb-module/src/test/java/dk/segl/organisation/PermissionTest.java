package dk.segl.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The IdM system's share of the permission table: exactly what the IdM API and EST offer it. */
class PermissionTest {

    @Test
    void anIdmSystemMayManageItsUsersAndTheirApiCertificatesAndNothingElse() {
        Set<Permission> held = Arrays.stream(Permission.values())
                .filter(p -> p.heldBy(Set.of(Role.IDM_SYSTEM)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Permission.class)));
        assertEquals(EnumSet.of(Permission.READ_USERS, Permission.MANAGE_USERS, Permission.IMPORT_USERS,
                Permission.IDENTIFY_USERS, Permission.READ_CERTIFICATES, Permission.ORDER_API_CERTIFICATES,
                Permission.REVOKE_CERTIFICATES, Permission.ENROL_OVER_EST), held);
    }

    @Test
    void aUserAdministratorStillOrdersEveryKindAndOnlyAnIdmSystemCreatesUsersIdentified() {
        Set<Role> userAdministrator = Set.of(Role.USER_ADMINISTRATOR);
        assertTrue(Permission.ORDER_CERTIFICATES.heldBy(userAdministrator));
        assertTrue(Permission.ORDER_API_CERTIFICATES.heldBy(userAdministrator));
        assertFalse(Permission.IDENTIFY_USERS.heldBy(EnumSet.complementOf(EnumSet.of(Role.IDM_SYSTEM))));
    }
}
