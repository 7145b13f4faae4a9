using CcHc.Domain.Communes;
using CcHc.Domain.Positions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CcHc.Infrastructure.Persistence.Configurations;

internal sealed class OversightOfficeConfiguration : IEntityTypeConfiguration<OversightOffice>
{
    public void Configure(EntityTypeBuilder<OversightOffice> builder)
    {
        builder.Property<Guid>(CcHcDbContext.ConcurrencyToken).IsConcurrencyToken();
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.District).HasMaxLength(100);
        builder.Property(o => o.Province).HasMaxLength(100);
        builder.HasIndex(o => o.Name).IsUnique();
    }
}

internal sealed class CommuneConfiguration : IEntityTypeConfiguration<Commune>
{
    public void Configure(EntityTypeBuilder<Commune> builder)
    {
        builder.ToTable("Communes", t => t.HasTrigger(ImmutabilityTriggers.Communes));
        builder.Property<Guid>(CcHcDbContext.ConcurrencyToken).IsConcurrencyToken();
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.District).HasMaxLength(100);
        builder.Property(c => c.Province).HasMaxLength(100);
        builder.Property(c => c.PlaceName).HasMaxLength(100);
        builder.Property(c => c.IssuingBodyName).HasMaxLength(200);
        builder.Property(c => c.ChairmanName).HasMaxLength(100);
        builder.Property(c => c.OfficialCode).HasMaxLength(10);
        builder.Property(c => c.ProvinceCode).HasMaxLength(10);
        builder.HasIndex(c => new { c.Province, c.District, c.Name }).IsUnique();
        builder.HasIndex(c => c.OfficialCode).IsUnique();
        builder.HasIndex(c => c.ProvinceCode);
        builder.HasOne<OversightOffice>().WithMany().HasForeignKey(c => c.OversightOfficeId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(EntityTypeBuilder<Province> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Code).HasMaxLength(10);
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.FormedFrom).HasMaxLength(1000);
        builder.HasIndex(p => p.Code).IsUnique();
    }
}

internal sealed class CommunePredecessorConfiguration : IEntityTypeConfiguration<CommunePredecessor>
{
    public void Configure(EntityTypeBuilder<CommunePredecessor> builder)
    {
        builder.Property<Guid>(CcHcDbContext.ConcurrencyToken).IsConcurrencyToken();
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(600);
        builder.HasOne<Commune>().WithMany().HasForeignKey(p => p.SuccessorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Commune>().WithMany().HasForeignKey(p => p.PredecessorCommuneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.SuccessorId, p.Order });
    }
}

internal sealed class UnitChangeConfiguration : IEntityTypeConfiguration<UnitChange>
{
    public void Configure(EntityTypeBuilder<UnitChange> builder)
    {
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.OldValue).HasMaxLength(200);
        builder.Property(u => u.NewValue).HasMaxLength(200);
        builder.Property(u => u.RecordedBy).HasMaxLength(256);
        builder.HasOne<Commune>().WithMany().HasForeignKey(u => u.CommuneId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(u => new { u.CommuneId, u.EffectiveDate });
    }
}

internal sealed class PositionConfiguration : IEntityTypeConfiguration<Position>
{
    public void Configure(EntityTypeBuilder<Position> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Title).HasMaxLength(300);
        builder.Ignore(p => p.IsStandard);
        builder.Ignore(p => p.IsOrganisation);
        builder.HasOne<Position>().WithMany().HasForeignKey(p => p.ContactPositionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Commune>().WithMany().HasForeignKey(p => p.CommuneId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.CommuneId, p.Title }).IsUnique();
    }
}

internal sealed class PositionGroupMemberConfiguration : IEntityTypeConfiguration<PositionGroupMember>
{
    public void Configure(EntityTypeBuilder<PositionGroupMember> builder)
    {
        builder.ToTable("PositionGroupMembers");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasOne<Commune>().WithMany().HasForeignKey(m => m.CommuneId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Position>().WithMany().HasForeignKey(m => m.GroupPositionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Position>().WithMany().HasForeignKey(m => m.MemberPositionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.CommuneId, m.GroupPositionId, m.MemberPositionId }).IsUnique();
    }
}
