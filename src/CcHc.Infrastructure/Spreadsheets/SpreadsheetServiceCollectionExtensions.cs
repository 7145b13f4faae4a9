using CcHc.Infrastructure.Spreadsheets;
using Microsoft.Extensions.DependencyInjection;

// In the namespace of AddCcHcInfrastructure, so registering it there takes one line and no using.
namespace CcHc.Infrastructure;

public static class SpreadsheetServiceCollectionExtensions
{
    /// <summary>The upload reader and the importers: stateless singletons. (SpreadsheetWorkbooks is static.)</summary>
    public static IServiceCollection AddCcHcSpreadsheets(this IServiceCollection services)
    {
        services.AddSingleton<TabularFileReader>();
        services.AddSingleton<CriteriaSetImporter>();
        services.AddSingleton<AssessmentScoreImporter>();
        services.AddSingleton<UnitListImporter>();
        return services;
    }
}
