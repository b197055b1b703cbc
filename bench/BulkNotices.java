import java.sql.*;
import java.time.*;
/** java -cp <dist>/system/org/apache/derby/derby/10.14.2.0/derby-10.14.2.0.jar bench/BulkNotices.java DBDIR (data/sotay-db of a STOPPED copy) AUDIENCE COUNT: inserts COUNT notices for AUDIENCE into a stopped copy's Derby, spread over the last year. */
public class BulkNotices {
    public static void main(String[] a) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:derby:" + a[0])) {
            c.setAutoCommit(false);
            long aud = Long.parseLong(a[1]); int n = Integer.parseInt(a[2]);
            Instant now = Instant.now();
            try (PreparedStatement st = c.prepareStatement("INSERT INTO NTC_NOTICE (TITLE, BODY, AUDIENCE_ORG_ID, SENDER_ACCOUNT_ID, SENDER_NAME, SENT_AT) VALUES (?, ?, ?, 2, 'Văn phòng', ?)")) {
                for (int i = 0; i < n; i++) {
                    st.setString(1, "Thông báo lưu trữ số " + i + " về sinh hoạt chi bộ");
                    st.setString(2, "Nội dung thông báo số " + i + " gửi đảng viên chi bộ: lịch sinh hoạt, tài liệu học tập và các việc cần làm trong tháng.");
                    st.setLong(3, aud);
                    st.setTimestamp(4, Timestamp.from(now.minusSeconds(3600 + (long) i * 876)));
                    st.addBatch();
                    if (i % 1000 == 999) st.executeBatch();
                }
                st.executeBatch();
            }
            c.commit();
            try (ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM NTC_NOTICE WHERE AUDIENCE_ORG_ID = " + aud)) { r.next(); System.out.println("notices for " + aud + ": " + r.getLong(1)); } c.commit();
        }
        try { DriverManager.getConnection("jdbc:derby:;shutdown=true"); } catch (SQLException e) { }
    }
}
