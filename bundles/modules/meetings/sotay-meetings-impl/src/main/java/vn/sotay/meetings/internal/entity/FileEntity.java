package vn.sotay.meetings.internal.entity;

import java.time.LocalDateTime;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/** A meeting's own file (MEETINGS_FILE; see V1__init.sql); lists read it without CONTENT (a projection). */
@Entity(name = "MeetingFile")
@Table(name = "MEETINGS_FILE")
public class FileEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(name = "ID") public Long id;
    @Column(name = "MEETING_ID") public long meetingId;
    @Column(name = "FILE_NAME") public String fileName;
    @Column(name = "KIND") public String kind;
    @Column(name = "BYTE_SIZE") public long size;
    @Column(name = "SHA256") public String sha256;
    @Lob @Basic(fetch = FetchType.LAZY) @Column(name = "CONTENT") public byte[] content;
    @Column(name = "UPLOADED_BY") public long uploadedBy;
    @Column(name = "CREATED_AT") public LocalDateTime createdAt;
}
