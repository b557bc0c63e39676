import FactCheckFuzzing

/// libFuzzer's entry point: one input through the annotation loader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnnotationLoader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    FuzzBodies.annotationLoader(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
