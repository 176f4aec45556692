fn main() {
    broadsheet::start();
}
