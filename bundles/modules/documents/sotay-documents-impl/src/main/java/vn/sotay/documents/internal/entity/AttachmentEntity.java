package vn.sotay.documents.internal.entity;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A document's attached file (DOC_ATTACHMENT); the bytes and the extracted text are files named by {@code sha256}. */
@Entity
@Table(name = "DOC_ATTACHMENT")
public class AttachmentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "DOCUMENT_ID")
    private long documentId;

    @Column(name = "FILE_NAME")
    private String fileName;

    @Column(name = "KIND")
    private String kind;

    @Column(name = "BYTE_SIZE")
    private long byteSize;

    @Column(name = "SHA256")
    private String sha256;

    @Column(name = "PAGES")
    private int pages;

    @Column(name = "TEXT_CHARS")
    private int textChars;

    @Column(name = "UPLOADER_ACCOUNT_ID")
    private long uploaderAccountId;

    @Column(name = "CREATED_AT")
    private LocalDateTime createdAt;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getDocumentId() {
        return documentId;
    }

    public void setDocumentId(long documentId) {
        this.documentId = documentId;
    }

    public String getFileName() {
        return fileName;
    }

    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public long getByteSize() {
        return byteSize;
    }

    public void setByteSize(long byteSize) {
        this.byteSize = byteSize;
    }

    public String getSha256() {
        return sha256;
    }

    public void setSha256(String sha256) {
        this.sha256 = sha256;
    }

    public int getPages() {
        return pages;
    }

    public void setPages(int pages) {
        this.pages = pages;
    }

    public int getTextChars() {
        return textChars;
    }

    public void setTextChars(int textChars) {
        this.textChars = textChars;
    }

    public long getUploaderAccountId() {
        return uploaderAccountId;
    }

    public void setUploaderAccountId(long uploaderAccountId) {
        this.uploaderAccountId = uploaderAccountId;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
