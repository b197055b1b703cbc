package vn.sotay.platform.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import vn.sotay.api.Caller;
import vn.sotay.api.Page;
import vn.sotay.api.auth.AccountService;
import vn.sotay.api.member.Member;
import vn.sotay.api.member.MemberService;
import vn.sotay.api.org.OrgService;

/** {@code sotay:password <phone|card> <password>}: sets a member's password, creating the account. */
@Command(scope = "sotay", name = "password", description = "Set the password of a member's account (creates the account)")
@Service
public class PasswordCommand implements Action {
    @Reference
    AccountService accounts;
    @Reference
    MemberService members;
    @Reference
    OrgService orgs;

    @Argument(index = 0, name = "login", description = "Phone number or party card number", required = true)
    String login;

    @Argument(index = 1, name = "password", description = "New password (8+ characters, letters and digits)", required = true)
    String password;

    @Override
    public Object execute() {
        System.out.println(run()); // Karaf's SSH exec channel does not print returned values
        return null;
    }

    private String run() {
        Member m = find(members, orgs, login);
        if (m == null) {
            return "Không tìm thấy đảng viên " + login;
        }
        accounts.resetPassword(Caller.SYSTEM, m.id(), password);
        return "Đã đặt mật khẩu cho " + m.fullName();
    }

    /** The member with exactly this phone or card number (never a name match), searched from every root. */
    static Member find(MemberService members, OrgService orgs, String login) {
        String l = login.trim().replaceAll("[\\s.\\-]", "").replaceFirst("^\\+84", "0");
        for (var root : orgs.tree().roots()) {
            Page<Member> p = members.list(Caller.SYSTEM, root.id(), l, null, 5);
            for (Member m : p.items()) {
                if (l.equals(m.phone()) || l.equals(m.cardNumber())) {
                    return m;
                }
            }
        }
        return null;
    }
}
