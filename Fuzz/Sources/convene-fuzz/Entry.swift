import ConveneFuzzTargets
import Foundation

// libFuzzer calls LLVMFuzzerInitialize once and LLVMFuzzerTestOneInput per input. SwiftPM
// names every executable's entry point `MODULE_main` and points `main` at it, so that entry
// point starts libFuzzer's driver.

@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(
  _ argc: UnsafeMutablePointer<Int32>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// The target `CONVENE_FUZZ_TARGET` names.
nonisolated(unsafe) private var selected = ""

@_cdecl("convene_fuzz_main")
func fuzzMain(
  _ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> Int32 {
  var count = argc
  var arguments = argv
  return runDriver(&count, &arguments, testOneInput)
}

@_cdecl("LLVMFuzzerInitialize")
func initialize(
  _ argc: UnsafeMutablePointer<Int32>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> Int32 {
  selected = ProcessInfo.processInfo.environment["CONVENE_FUZZ_TARGET"] ?? ""
  guard FuzzTargets.names.contains(selected) else {
    let names = FuzzTargets.names.joined(separator: " ")
    FileHandle.standardError.write(Data("convene-fuzz: set CONVENE_FUZZ_TARGET to one of: \(names)\n".utf8))
    exit(2)
  }
  FuzzTargets.repository = FileManager.default.currentDirectoryPath
  FuzzTargets.prepare()
  return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  FuzzTargets.run(selected, data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
  return 0
}
