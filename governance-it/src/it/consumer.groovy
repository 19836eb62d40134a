// Shared by the consumers' verify.groovy: runs the consumer that Maven compiled on the module path,
// compiles it again on the class path (-Xlint:all -Werror) and runs that too. consumer.properties
// names the main class and its arguments; each run must print expected.txt exactly, exit 0 and
// write nothing to standard error (no SLF4J or other warning). `basedir` is the consumer's folder.

def properties = new Properties()
new File(basedir, 'consumer.properties').withInputStream { properties.load(it) }
def mainClass = properties.getProperty('main')
def arguments = properties.getProperty('arguments', '').tokenize()

def bin = new File(System.getProperty('java.home'), 'bin')
def target = new File(basedir, 'target')
def libraries = new File(target, 'runtime-path.txt').text.trim()
def expected = new File(basedir, 'expected.txt').text

def run = { String label, List<String> command ->
  def process = command.execute(null, basedir)
  def out = new StringBuilder()
  def err = new StringBuilder()
  process.waitForProcessOutput(out, err)
  println "${label}: exit ${process.exitValue()}"
  assert process.exitValue() == 0: "${label} failed:\n${out}${err}"
  assert err.length() == 0: "${label} wrote to stderr:\n${err}"
  return out.toString()
}

def module = new File(target, 'classes').path + File.pathSeparator + libraries
def moduleName = (new File(basedir, 'src/main/java/module-info.java').text =~ /(?m)^module\s+([\w.]+)/)[0][1]
def onModules = run('module path', [new File(bin, 'java').path, '--module-path', module,
    '--module', "${moduleName}/${mainClass}".toString()] + arguments)
assert onModules.normalize() == expected: "module path printed:\n${onModules}"

def sources = []
new File(basedir, 'src/main/java').eachFileRecurse(groovy.io.FileType.FILES) {
  if (it.name.endsWith('.java') && it.name != 'module-info.java') sources << it.path
}
def classes = new File(target, 'class-path-classes')
def compiled = run('class path compile', [new File(bin, 'javac').path, '--release', '17',
    '-Xlint:all', '-Werror', '-classpath', libraries, '-d', classes.path] + sources)
assert compiled.isEmpty(): "javac printed:\n${compiled}"
def onClassPath = run('class path', [new File(bin, 'java').path, '-classpath',
    classes.path + File.pathSeparator + libraries, mainClass] + arguments)
assert onClassPath.normalize() == expected: "class path printed:\n${onClassPath}"
return true
