using CcHc.Domain.Communes;
using CcHc.Domain.Positions;
using CcHc.Infrastructure.Auditing;
using CcHc.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CcHc.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.HasOne<Commune>().WithMany().HasForeignKey(u => u.CommuneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OversightOffice>().WithMany().HasForeignKey(u => u.OversightOfficeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(u => u.Positions).WithOne().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class UserPositionConfiguration : IEntityTypeConfiguration<UserPosition>
{
    public void Configure(EntityTypeBuilder<UserPosition> builder)
    {
        builder.HasKey(p => new { p.UserId, p.PositionId });
        builder.HasOne<Position>().WithMany().HasForeignKey(p => p.PositionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries", t => t.HasTrigger(ImmutabilityTriggers.AuditEntries));
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.EntityType).HasMaxLength(100);
        builder.Property(a => a.EntityId).HasMaxLength(100);
        builder.Property(a => a.RootId).HasMaxLength(100);
        builder.Property(a => a.Note).HasMaxLength(1000);
        builder.Property(a => a.IpAddress).HasMaxLength(64);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.RootId, a.At });
        builder.HasIndex(a => new { a.CommuneId, a.At });
    }
}
