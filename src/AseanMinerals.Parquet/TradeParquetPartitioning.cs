namespace AseanMinerals.Parquet;

/// <summary>How a Parquet dataset is split into folders, Hive-style (<c>year=2022/reporter=156/part-0.parquet</c>).</summary>
[Flags]
public enum TradeParquetPartitioning
{
    /// <summary>No folders: the files sit in the dataset folder itself.</summary>
    None = 0,

    /// <summary>A folder per year of the period (<c>year=2022</c>).</summary>
    Year = 1,

    /// <summary>A folder per reporter, its code with leading zeros (<c>reporter=096</c>).</summary>
    Reporter = 2,
}
