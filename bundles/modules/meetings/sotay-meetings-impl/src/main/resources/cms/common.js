// Texts and helpers shared by the meeting cycle's screens (desk.js, session.js).

export const T = {
  vi: {
    list: 'Sinh hoạt chi bộ', none: 'Chưa có cuộc họp nào.', at: 'Thời gian', announce: 'Thông báo cuộc họp',
    org: 'Tổ chức chủ trì', kind: 'Loại cuộc họp', title: 'Tiêu đề', topic: 'Chủ đề', starts: 'Bắt đầu', ends: 'Kết thúc',
    place: 'Địa điểm', room: 'Phòng họp trực tuyến (https)', agenda: 'Chương trình (mỗi dòng một mục)',
    materials: 'Tài liệu (mỗi dòng một tham chiếu, ví dụ document:12)', send: 'Thông báo', late: 'Thông báo muộn (sau ngày 20 tháng trước)',
    REGULAR: 'Thường kỳ', THEMATIC: 'Chuyên đề', EXTRAORDINARY: 'Bất thường',
    ANNOUNCED: 'Đã thông báo', OPEN: 'Đang họp', CLOSED: 'Đã kết thúc', CANCELLED: 'Đã hủy', history: 'Lịch sử',
    POSTPONED: 'Dời lịch', EDITED: 'Sửa', OPENED: 'Bắt đầu', reason: 'Lý do', desk: 'Bàn làm việc của bí thư',
    announced: 'Đã thông báo cuộc họp.', online: 'Họp trực tuyến', agendaTitle: 'Chương trình họp', notFound: 'Không tìm thấy cuộc họp.', byOrg: 'Cuộc họp của tổ chức',
    votes: 'Biểu quyết', minutes: 'Biên bản', rating: 'Đánh giá, xếp loại',
  },
  en: {
    list: 'Meetings', none: 'No meetings yet.', at: 'When', announce: 'Announce a meeting', org: 'Holding organisation',
    kind: 'Kind', title: 'Title', topic: 'Topic', starts: 'Starts', ends: 'Ends', place: 'Place', room: 'Online room (https)',
    agenda: 'Agenda (one item a line)', materials: 'Materials (one reference a line, e.g. document:12)', send: 'Announce',
    late: 'Announced late (after the 20th of the previous month)', REGULAR: 'Regular', THEMATIC: 'Thematic',
    EXTRAORDINARY: 'Extraordinary', ANNOUNCED: 'Announced', OPEN: 'In session', CLOSED: 'Closed', CANCELLED: 'Cancelled',
    history: 'History', POSTPONED: 'Postponed', EDITED: 'Edited', OPENED: 'Opened', reason: 'Reason', desk: "Secretary's desk",
    announced: 'Meeting announced.', online: 'Online meeting', agendaTitle: 'Agenda', notFound: 'Meeting not found.', byOrg: 'Meetings of an organisation',
    votes: 'Votes', minutes: 'Minutes', rating: 'Rating',
  },
};

/** A datetime-local value for an ISO instant (the browser's zone). */
export function localInput(iso) {
  const d = new Date(iso);
  const p = n => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

export const iso = v => (v ? new Date(v).toISOString() : null);
