package vn.sotay.platform.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import vn.sotay.api.Caller;
import vn.sotay.api.Role;
import vn.sotay.api.auth.AccountService;
import vn.sotay.api.auth.AuthorizationService;
import vn.sotay.api.member.Member;
import vn.sotay.api.member.MemberService;
import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgService;

/** {@code sotay:grant <phone|card> <ROLE> <orgCode>}: grants a role (the first provincial admin, say). */
@Command(scope = "sotay", name = "grant", description = "Grant a role at an organisation node to a member's account")
@Service
public class GrantCommand implements Action {
    @Reference
    AuthorizationService authz;
    @Reference
    AccountService accounts;
    @Reference
    MemberService members;
    @Reference
    OrgService orgs;

    @Argument(index = 0, name = "login", description = "Phone number or party card number", required = true)
    String login;

    @Argument(index = 1, name = "role", description = "SECRETARY, COMMITTEE, EDITOR, REVIEWER or ADMIN", required = true)
    String role;

    @Argument(index = 2, name = "org", description = "Organisation code", required = true)
    String org;

    @Override
    public Object execute() {
        System.out.println(run()); // Karaf's SSH exec channel does not print returned values
        return null;
    }

    private String run() {
        Member m = PasswordCommand.find(members, orgs, login);
        OrgNode node = orgs.byCode(org).orElse(null);
        if (m == null || node == null) {
            return m == null ? "Không tìm thấy đảng viên " + login : "Không tìm thấy đơn vị " + org;
        }
        Long accountId = accounts.accountOf(m.id()).orElse(null);
        if (accountId == null) {
            return "Đảng viên chưa có tài khoản: đặt mật khẩu trước bằng sotay:password";
        }
        authz.grant(Caller.SYSTEM, accountId, Role.valueOf(role.toUpperCase()), node.id());
        return "Đã cấp " + role.toUpperCase() + " tại " + node.name() + " cho " + m.fullName();
    }
}
