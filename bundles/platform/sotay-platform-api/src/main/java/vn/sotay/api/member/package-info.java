/**
 * Party members and their status; {@link vn.sotay.api.member.MemberService#countedByCell()} gives the denominators of every rate (exempt and transferred members excluded).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package vn.sotay.api.member;
