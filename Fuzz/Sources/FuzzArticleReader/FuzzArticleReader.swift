import FactCheckFuzzing

/// libFuzzer's entry point: one input through the article reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArticleReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    FuzzBodies.articleReader(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
