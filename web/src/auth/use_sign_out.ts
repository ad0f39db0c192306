import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { logout } from '../api';
import { applySignedOut } from './session';

export function useSignOut() {
  const client = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: logout,
    // Even when the request fails (session already gone), the user wants to be signed out here.
    onSettled: () => {
      applySignedOut(client);
      void navigate('/login');
    },
  });
}
