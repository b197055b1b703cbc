package vn.sotay.study.internal.entity;

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

/** A row of STUDY_LESSON_FILE: an image or attachment of a lesson; lists read it without CONTENT (a projection). */
@Entity(name = "StudyLessonFile")
@Table(name = "STUDY_LESSON_FILE")
public class LessonFileEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(name = "ID") public Long id;
    @Column(name = "LESSON_ID", nullable = false) public long lessonId;
    @Column(name = "FILE_NAME", nullable = false, length = 255) public String fileName;
    @Column(name = "KIND", nullable = false, length = 8) public String kind;
    @Column(name = "BYTE_SIZE", nullable = false) public long size;
    @Column(name = "SHA256", nullable = false, length = 64) public String sha256;
    @Column(name = "WIDTH", nullable = false) public int width;
    @Column(name = "HEIGHT", nullable = false) public int height;
    @Lob @Basic(fetch = FetchType.LAZY) @Column(name = "CONTENT", nullable = false) public byte[] content;
    @Column(name = "UPLOADED_BY", nullable = false) public long uploadedBy;
    @Column(name = "CREATED_AT", nullable = false) public LocalDateTime createdAt;
}
