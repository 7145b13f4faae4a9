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
        builder.HasIndex(c => new { c.Province, c.District, c.Name }).IsUnique();
        builder.HasOne<OversightOffice>().WithMany().HasForeignKey(c => c.OversightOfficeId).OnDelete(DeleteBehavior.SetNull);
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
