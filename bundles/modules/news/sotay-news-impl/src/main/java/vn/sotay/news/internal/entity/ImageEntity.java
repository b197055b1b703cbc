package vn.sotay.news.internal.entity;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** An uploaded image's metadata (NEWS_IMAGE); the bytes are files named by {@code sha256}. */
@Entity
@Table(name = "NEWS_IMAGE")
public class ImageEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "SHA256")
    private String sha256;

    @Column(name = "MEDIA_TYPE")
    private String mediaType;

    @Column(name = "BYTE_SIZE")
    private long byteSize;

    @Column(name = "WIDTH")
    private int width;

    @Column(name = "HEIGHT")
    private int height;

    /** Comma-separated variant names generated at upload ({@code thumb,phone}); {@code null}: none. */
    @Column(name = "VARIANTS")
    private String variants;

    @Column(name = "UPLOADER_ACCOUNT_ID")
    private long uploaderAccountId;

    @Column(name = "UPLOADED_AT")
    private LocalDateTime uploadedAt;

    public Long getId() { return id; }
    public String getSha256() { return sha256; }
    public void setSha256(String sha256) { this.sha256 = sha256; }
    public String getMediaType() { return mediaType; }
    public void setMediaType(String mediaType) { this.mediaType = mediaType; }
    public long getByteSize() { return byteSize; }
    public void setByteSize(long byteSize) { this.byteSize = byteSize; }
    public int getWidth() { return width; }
    public void setWidth(int width) { this.width = width; }
    public int getHeight() { return height; }
    public void setHeight(int height) { this.height = height; }
    public String getVariants() { return variants; }
    public void setVariants(String variants) { this.variants = variants; }
    public long getUploaderAccountId() { return uploaderAccountId; }
    public void setUploaderAccountId(long uploaderAccountId) { this.uploaderAccountId = uploaderAccountId; }
    public LocalDateTime getUploadedAt() { return uploadedAt; }
    public void setUploadedAt(LocalDateTime uploadedAt) { this.uploadedAt = uploadedAt; }
}
