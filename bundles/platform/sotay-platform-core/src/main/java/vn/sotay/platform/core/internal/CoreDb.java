package vn.sotay.platform.core.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.persistence.PersistenceService;
import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.api.persistence.UnitSpec;
import vn.sotay.platform.core.internal.entity.AccountEntity;
import vn.sotay.platform.core.internal.entity.AuditEntity;
import vn.sotay.platform.core.internal.entity.LoginEntity;
import vn.sotay.platform.core.internal.entity.MemberEntity;
import vn.sotay.platform.core.internal.entity.MemberLoginEntity;
import vn.sotay.platform.core.internal.entity.OrgEntity;
import vn.sotay.platform.core.internal.entity.RoleGrantEntity;
import vn.sotay.platform.core.internal.entity.TokenEntity;

/** The core's own persistence unit ("platform"), shared by the core's services. */
@Component(service = CoreDb.class)
public class CoreDb {
    private final PersistenceUnit unit;

    @Activate
    public CoreDb(@Reference PersistenceService persistence) {
        unit = persistence.open(new UnitSpec("platform", CoreDb.class.getClassLoader(),
                List.of(OrgEntity.class, MemberEntity.class, AccountEntity.class, TokenEntity.class,
                        RoleGrantEntity.class, LoginEntity.class, AuditEntity.class, MemberLoginEntity.class),
                List.of("db/platform/V1__core.sql", "db/platform/V2__visits.sql",
                        "db/platform/V3__browser_sessions.sql", "db/platform/V4__login_identifiers.sql")));
    }

    public PersistenceUnit unit() {
        return unit;
    }

    @Deactivate
    void close() {
        unit.close();
    }

    /** Calendar days (visits per day) are the province's days: Vietnam has one zone, UTC+7, no DST. */
    public static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
}
