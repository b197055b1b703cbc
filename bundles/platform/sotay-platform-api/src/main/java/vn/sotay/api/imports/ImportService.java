package vn.sotay.api.imports;

import java.io.InputStream;

import org.osgi.annotation.versioning.ProviderType;

import vn.sotay.api.Caller;

/**
 * CSV import (UTF-8, with or without BOM, comma or semicolon separated, first line the header).
 * Headers are matched case- and accent-insensitively, in Vietnamese or English.
 *
 * <p>All or nothing: every row is validated first; if any row is invalid nothing is written and a
 * 400 {@link vn.sotay.api.ProblemException} lists every error with its line (the header is line 1),
 * column and a Vietnamese reason. Re-importing the same file changes nothing: rows are upserted by
 * organisation code and by party card number.
 *
 * <p>Organisation columns: {@code Mã} (code), {@code Tên} (name), {@code Loại} (type), {@code Mã cấp
 * trên} (parent code, empty for the root). Member columns: {@code Họ và tên}, {@code Ngày sinh},
 * {@code Giới tính}, {@code Số thẻ đảng viên}, {@code Điện thoại}, {@code Email}, {@code Mã chi bộ},
 * {@code Trạng thái}, {@code Ngày vào Đảng}, {@code Ngày chính thức}; dates as {@code dd/MM/yyyy} or
 * ISO {@code yyyy-MM-dd}.
 */
@ProviderType
public interface ImportService {

    /**
     * Imports organisation nodes. The caller needs ADMIN over the parent of every row (over the
     * nearest existing ancestor for parents created by the same file) and over every existing node
     * the file changes; new roots can only be created from the Karaf shell.
     */
    ImportReport importOrganisations(Caller caller, InputStream csv);

    /** Imports members; the caller needs ADMIN over every member's cell. */
    ImportReport importMembers(Caller caller, InputStream csv);
}
