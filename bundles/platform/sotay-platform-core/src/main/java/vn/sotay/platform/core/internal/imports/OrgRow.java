package vn.sotay.platform.core.internal.imports;

import vn.sotay.api.org.OrgType;

/**
 * A valid row of an organisation CSV.
 *
 * @param line       physical line of the row in the file
 * @param parentCode {@code null} for the root
 */
public record OrgRow(int line, String code, String name, OrgType type, String parentCode) {
}
