package vn.sotay.bench;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The generated province (bench data): its organisation tree, its members and their CSV files, Vietnamese names and texts. */
final class ProvinceTree {
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Random R = new Random(12);
    final List<Org> orgs = new ArrayList<>();
    final List<Org> cells = new ArrayList<>();
    final List<Org> bases = new ArrayList<>();
    final List<List<Person>> people = new ArrayList<>();
    final StringBuilder mcsv = new StringBuilder("Họ và tên,Ngày sinh,Giới tính,Số thẻ đảng viên,Điện thoại,Email,Mã chi bộ,Trạng thái,Ngày vào Đảng,Ngày chính thức\n");
    int n;

    static <T> T pick(List<T> l) {
        return l.get(R.nextInt(l.size()));
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
    }


    // ---- names and texts ----
    static final List<String> HO = words("Nguyễn|Nguyễn|Nguyễn|Nguyễn|Nguyễn|Trần|Trần|Lê|Lê|Phạm|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trương|Lương|"
            + "Mai|Tạ|Châu|Cao");
    static final List<String> DEM_NAM = words("Văn|Văn|Văn|Hữu|Đức|Minh|Quang|Công|Xuân|Thanh|Ngọc|Đình|Tiến|Trọng|Quốc");
    static final List<String> DEM_NU = words("Thị|Thị|Thị|Thị|Ngọc|Thu|Thanh|Minh|Kim|Hồng|Thùy|Diệu|Bích");
    static final List<String> TEN_NAM = words("An|Bình|Cường|Dũng|Đạt|Giang|Hải|Hiếu|Hoàng|Hùng|Huy|Khánh|Khoa|Kiên|Long|Lộc|Mạnh|Nam|Nghĩa|Phong|Phúc|Quân|Quang|Sơn|Tài|Thắng|"
            + "Thành|Tiến|Toàn|Trung|Tuấn|Tùng|Việt|Vinh|Vũ|Đông|Hưng|Thịnh");
    static final List<String> TEN_NU = words("Anh|Châu|Chi|Dung|Duyên|Giang|Hà|Hạnh|Hằng|Hiền|Hoa|Hồng|Hương|Huyền|Lan|Liên|Linh|Loan|Mai|Ngân|Ngọc|Nhung|Oanh|Phương|Quyên|Tâm|"
            + "Thảo|Thủy|Trang|Trinh|Tuyết|Vân|Xuân|Yến|Nga|Thúy");
    static final List<String> DISTRICTS = words("Thị ủy An Phước|Thị ủy Tam Quan|Huyện ủy Hoài Ân|Huyện ủy Vĩnh Thạnh|Huyện ủy Phù Cát|Huyện ủy Tuy Phước|Huyện ủy Vân Canh|"
            + "Huyện ủy Hải Đông|Huyện ủy Đồng Xuân|Huyện ủy Sông Cầu|Huyện ủy Kim Sơn|Huyện ủy Thạch Bàn");
    static final List<String> SYL = words("Phước|Hòa|Tân|Bình|An|Thạnh|Mỹ|Hưng|Lộc|Thuận|Nhơn|Cát|Xuân|Đông|Tây|Nam|Bắc|Trung|Hiệp|Phong|Sơn|Thủy|Lâm|Hải|Quang|Phú|Vĩnh|Đức|"
            + "Long|Thành");
    static final List<String> AGENCIES = words("Công an|Quân sự|Trung tâm Y tế|Công ty Cổ phần Cấp thoát nước|Trường Trung học phổ thông số 1|Ban Quản lý dự án");
    static final List<String> DIRECT = words("Văn phòng|Ban Tổ chức|Ủy ban Kiểm tra|Ban Tuyên giáo và Dân vận|Phòng Tài chính - Kế hoạch|Phòng Giáo dục và Đào tạo|"
            + "Kho bạc Nhà nước|Chi cục Thuế|Ngân hàng Chính sách xã hội|Viện Kiểm sát nhân dân|Tòa án nhân dân|Phòng Nông nghiệp và Môi trường|"
            + "Phòng Văn hóa - Thông tin|Hội Nông dân|Liên đoàn Lao động|Huyện đoàn");
    static final List<String> TOPICS = words("chuyển đổi số|xây dựng nông thôn mới|phòng, chống tham nhũng, tiêu cực|bảo vệ nền tảng tư tưởng của Đảng|công tác dân vận|"
            + "phát triển đảng viên|cải cách hành chính|bảo vệ môi trường|bảo đảm an ninh trật tự|giảm nghèo bền vững|"
            + "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh|công tác kiểm tra, giám sát|thu, nộp và quản lý đảng phí|"
            + "thu hút đầu tư|phát triển du lịch|giáo dục và đào tạo|y tế cơ sở|phòng, chống thiên tai|công tác cán bộ|quốc phòng toàn dân|"
            + "nâng cao chất lượng sinh hoạt chi bộ|kinh tế tập thể|xây dựng văn hóa, con người|tinh gọn bộ máy|chăm sóc người có công");
    static final String[][] DOC_TYPES = {{"NQ", "Nghị quyết"}, {"CT", "Chỉ thị"}, {"KL", "Kết luận"}, {"HD", "Hướng dẫn"}, {"KH", "Kế hoạch"},
            {"BC", "Báo cáo"}, {"QĐ", "Quyết định"}, {"TB", "Thông báo"}, {"CTr", "Chương trình"}, {"CV", "Công văn"}};
    static final List<String> NOTICES = words("Lịch sinh hoạt chi bộ tháng %d|Triển khai học tập chuyên đề về %s|Thu đảng phí quý %d|"
            + "Hướng dẫn kiểm điểm, đánh giá, xếp loại chất lượng đảng viên (đợt %d)|Triệu tập hội nghị quán triệt về %s|"
            + "Phát động phong trào thi đua về %s|Báo cáo sơ kết công tác %s (lần %d)|Lấy ý kiến đảng viên về %s");

    static List<String> words(String s) {
        return List.of(s.split("\\|"));
    }

    static String person(boolean male) {
        return pick(HO) + " " + pick(male ? DEM_NAM : DEM_NU) + " " + pick(male ? TEN_NAM : TEN_NU);
    }

    static String place() {
        String a = pick(SYL), b;
        do {
            b = pick(SYL);
        } while (b.equals(a));
        return a + " " + b;
    }

    static String text(String topic, int paragraphs) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < paragraphs; i++) {
            s.append("<p>").append(pick(List.of("Thực hiện chủ trương của cấp ủy về ", "Các chi bộ tập trung lãnh đạo ", "Đảng viên gương mẫu thực hiện ",
                    "Ban Thường vụ yêu cầu đẩy mạnh ", "Kết quả bước đầu cho thấy "))).append(topic)
                    .append(pick(List.of(", gắn với nhiệm vụ chính trị của địa phương, đơn vị.", "; phát huy vai trò tiên phong, gương mẫu của đảng viên.",
                            ", bảo đảm thực chất, hiệu quả, đúng tiến độ.", "; kịp thời biểu dương tập thể, cá nhân tiêu biểu."))).append("</p>");
        }
        return s.toString();
    }

    record Org(String code, String name, String type, String parent) {
    }

    record Person(String name, boolean male, String card, String phone, String cell, String status) {
    }

    /** 12 districts; per district ~4% of its cells directly under it, the rest in grassroots committees of ~20 cells (sections in large agencies). */
    ProvinceTree(double scale) {
        int cellsWanted = (int) Math.round(6000 * scale), membersWanted = (int) Math.round(150_000 * scale);
        for (int d = 0; d < 12; d++) {
            String dc = String.format("H%02d", d + 1), dn = DISTRICTS.get(d), kind = dn.substring(0, dn.indexOf(' ', 6));
            orgs.add(new Org(dc, dn, "Cấp huyện", "TU"));
            int dCells = cellsWanted / 12 + (d < cellsWanted % 12 ? 1 : 0);
            int direct = Math.max(2, dCells * 4 / 100), nb = Math.max(2, (dCells - direct) / 20);
            for (int i = 0; i < direct; i++) {
                Org c = new Org(dc + "-CB" + String.format("%02d", i + 1), "Chi bộ " + DIRECT.get(i % DIRECT.size())
                        + (i < 5 ? " " + kind : "") + (i >= DIRECT.size() ? " " + (i / DIRECT.size() + 1) : ""), "Chi bộ", dc);
                orgs.add(c);
                cells.add(c);
            }
            int rest = dCells - direct;
            for (int b = 0; b < nb; b++) {
                int n = rest / nb + (b < rest % nb ? 1 : 0);
                String bc = dc + String.format("-X%02d", b + 1);
                boolean agency = b % 8 == 7, ward = b % 8 == 0;
                String bn = agency ? "Đảng ủy " + AGENCIES.get(b / 8 % AGENCIES.size()) + " " + dn.substring(dn.indexOf(' ', 6) + 1)
                        : (ward ? (kind.equals("Thị ủy") ? "Đảng ủy phường " : "Đảng ủy thị trấn ") : "Đảng ủy xã ") + place();
                Org bo = new Org(bc, bn, "Đảng bộ cơ sở", dc);
                orgs.add(bo);
                bases.add(bo);
                int sections = agency && n >= 12 ? 2 : 0;
                for (int s = 0; s < sections; s++) {
                    orgs.add(new Org(bc + "-B" + (s + 1), "Đảng bộ bộ phận Khối " + (s + 1), "Đảng bộ bộ phận", bc));
                }
                for (int i = 0; i < n; i++) {
                    String cn = agency ? "Chi bộ " + pick(List.of("Phòng", "Tổ", "Đội", "Bộ phận")) + " " + (i + 1)
                            : i < n - 4 ? "Chi bộ " + (ward ? "Khu phố " + (i + 1) : "Thôn " + place())
                            : "Chi bộ " + List.of("Trường Tiểu học", "Trường Trung học cơ sở", "Trạm Y tế", "Quân sự").get(n - 1 - i) + (ward || agency ? "" : " xã");
                    Org c = new Org(bc + String.format("-CB%02d", i + 1), cn, "Chi bộ", sections > 0 ? bc + "-B" + (i % sections + 1) : bc);
                    orgs.add(c);
                    cells.add(c);
                }
            }
        }
        // ---- members: 8..42 per cell before scaling to the total; 92% official, 5% probationary, 3% exempt
        int[] size = new int[cells.size()];
        int sum = 0;
        for (int i = 0; i < size.length; i++) {
            sum += size[i] = 8 + R.nextInt(35);
        }
        int total = 0;
        for (int i = 0; i < size.length; i++) {
            total += size[i] = Math.max(3, (int) ((long) size[i] * membersWanted / sum));
        }
        for (int i = 0; total < membersWanted; i = (i + 1) % size.length, total++) { // the rounding's remainder, one per cell
            size[i]++;
        }
        LocalDate today = LocalDate.now(VN);
        for (int c = 0; c < cells.size(); c++) {
            List<Person> ps = new ArrayList<>();
            for (int k = 0; k < size[c]; k++, n++) {
                boolean male = R.nextInt(100) < 62;
                int roll = R.nextInt(100);
                String status = roll < 92 ? "Chính thức" : roll < 97 ? "Dự bị" : "Miễn sinh hoạt";
                LocalDate birth = LocalDate.of(1950 + R.nextInt(50), 1 + R.nextInt(12), 1 + R.nextInt(28));
                LocalDate joined = status.equals("Dự bị") ? today.minusDays(30 + R.nextInt(300))
                        : birth.plusYears(20 + R.nextInt(Math.max(1, today.getYear() - birth.getYear() - 21))).plusDays(R.nextInt(300));
                if (joined.isAfter(today.minusYears(1)) && !status.equals("Dự bị")) {
                    joined = today.minusYears(2);
                }
                Person p = new Person(person(male), male, String.valueOf(94_000_000 + n), String.format("08%08d", 10_000_000 + n), cells.get(c).code(), status);
                ps.add(p);
                mcsv.append(p.name()).append(',').append(dmy(birth)).append(',').append(male ? "Nam" : "Nữ").append(',').append(p.card()).append(',')
                        .append(p.phone()).append(",,").append(p.cell()).append(',').append(status).append(',').append(dmy(joined)).append(',')
                        .append(status.equals("Dự bị") ? "" : dmy(joined.plusYears(1))).append('\n');
            }
            people.add(ps);
        }
    }

    String orgCsv() {
        StringBuilder ocsv = new StringBuilder("Mã,Tên,Loại,Mã cấp trên\n");
        orgs.forEach(o -> ocsv.append(o.code()).append(',').append(o.name()).append(',').append(o.type()).append(',').append(o.parent()).append('\n'));
        return ocsv.toString();
    }

    static String dmy(LocalDate d) {
        return String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}
