using CcHc.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CcHc.Infrastructure.Persistence.Configurations;

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        builder.ToTable("StoredFiles", t => t.HasTrigger(ImmutabilityTriggers.StoredFiles));
        builder.HasKey(f => f.Key);
        builder.Property(f => f.Key).HasMaxLength(StoredFile.MaxKeyLength).ValueGeneratedNever();
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.Content).IsRequired(); // BLOB on SQLite, varbinary(max) on SQL Server
    }
}
