#pragma once

// At most limit() SSH handshakes (connection, host key, authentication) at once in this process;
// the rest wait their turn. OpenSSH's sshd drops unauthenticated connections beyond MaxStartups
// (10:30:100 by default: from the 11th on, 30 % of new ones and rising), so a fan-out to every
// node through one jump host lost some of them at random. Fewer handshakes at once also leave
// the laptop's cores to the window while a whole cluster connects.
// Re-entrant on a thread: a jump host's handshake inside its target's takes no second pass.
class HandshakeGate
{
public:
    static constexpr int kDefaultLimit = 8; // below MaxStartups' 10

    static void setLimit(int limit); // at least 1; passes already held stay valid
    static int limit();
    // The most handshakes that were in progress at once since resetPeak().
    static int peak();
    static void resetPeak();

    // Held for one handshake: waits for a free pass, gives it back when destroyed.
    class Pass
    {
    public:
        Pass();
        ~Pass();
        Pass(const Pass &) = delete;
        Pass &operator=(const Pass &) = delete;

    private:
        bool m_held = false; // false for a nested pass on the same thread
    };
};
