using CcHc.Domain.Notifications;
using CcHc.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CcHc.Infrastructure.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.UserId).HasMaxLength(450);
        builder.Property(n => n.Subject).HasMaxLength(NotificationMessage.MaxSubject);
        builder.Property(n => n.Body).HasMaxLength(NotificationMessage.MaxBody);
        builder.Property(n => n.Link).HasMaxLength(NotificationMessage.MaxLink);
        builder.Property(n => n.Key).HasMaxLength(NotificationMessage.MaxKey);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);

        // The bell's count and the list: a user's unread, newest first.
        builder.HasIndex(n => new { n.UserId, n.ReadAt, n.CreatedAt });

        // A reminder once per user (null keys are many: SQL Server filters them out, SQLite treats NULLs as distinct).
        builder.HasIndex(n => new { n.UserId, n.Key }).IsUnique();
        builder.HasIndex(n => new { n.Email, n.UserId });
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.Property(m => m.UserId).HasMaxLength(450);
        builder.Property(m => m.ToAddress).HasMaxLength(OutboxMessage.MaxAddress);
        builder.Property(m => m.ToName).HasMaxLength(200);
        builder.Property(m => m.Subject).HasMaxLength(NotificationMessage.MaxSubject + 100);
        builder.Property(m => m.Body).HasMaxLength(64_000);
        builder.Property(m => m.LastError).HasMaxLength(OutboxMessage.MaxError);
        builder.HasOne<Notification>().WithMany().HasForeignKey(m => m.NotificationId).OnDelete(DeleteBehavior.SetNull);

        // The sender's question: unsent messages whose time has come, oldest first.
        builder.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
        builder.HasIndex(m => new { m.UserId, m.IsDigest, m.CreatedAt });
    }
}

internal sealed class LeaseConfiguration : IEntityTypeConfiguration<Lease>
{
    public void Configure(EntityTypeBuilder<Lease> builder)
    {
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(Lease.MaxName);
        builder.Property(l => l.Holder).HasMaxLength(Lease.MaxHolder);
    }
}
